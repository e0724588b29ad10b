enum NinjsPlaceholder {}
