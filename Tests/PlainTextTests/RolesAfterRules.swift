import PlainText

/// The roles `RoleRules` make of the model's roles `model` for `text`. Tests of a rule give the model's roles
/// themselves, so that each fails without its rule whatever the fitted weights say.
func rolesAfterRules(_ text: String, _ model: [LineRole]) -> [LineRole] {
    PlainTextReader.applyingRoleRules(to: Array(text.utf8), modelRoles: model)
}
