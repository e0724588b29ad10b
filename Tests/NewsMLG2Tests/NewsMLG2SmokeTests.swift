import Foundation
import NewsMLKit
import Testing
import TestSupport
