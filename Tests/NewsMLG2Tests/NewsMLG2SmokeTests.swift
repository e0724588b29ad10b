import Foundation
import NewsMLKit
import TestSupport
import Testing
