import Foundation

/// What evaluating one schema against one instance found: validity and, for
/// `unevaluatedProperties`/`unevaluatedItems`, which properties and items some keyword looked at.
struct Outcome {
    var valid = true
    var evaluatedProperties: Set<String> = []
    var evaluatedItems = 0
    var allItemsEvaluated = false

    mutating func absorb(_ other: Outcome) {
        evaluatedProperties.formUnion(other.evaluatedProperties)
        evaluatedItems = max(evaluatedItems, other.evaluatedItems)
        allItemsEvaluated = allItemsEvaluated || other.allItemsEvaluated
    }
}

/// One validation of one instance; collects violations up to a limit.
struct ValidationRun {
    let validator: JSONSchemaValidator
    let limit: Int
    /// Whether the run spells out the instance and schema paths of nested evaluations. A run that only asks whether
    /// the instance is valid leaves them empty: building them was a tenth of validating a ninjs item, and a document
    /// that fails is validated again with them to say where (`JSONSchemaValidator.validate`).
    let spellsPaths: Bool
    var violations: [JSONSchemaViolation] = []
    /// While trying alternatives (anyOf, oneOf, not, if), violations are not reported.
    var muted = 0

    init(validator: JSONSchemaValidator, limit: Int, spellsPaths: Bool = true) {
        self.validator = validator
        self.limit = limit
        self.spellsPaths = spellsPaths
    }

    /// Whether a run that only asks for validity can stop here: an invalid outcome makes every enclosing evaluation
    /// invalid up to the nearest trial (`not`, `anyOf`, `oneOf`, `if`, `contains`), which reads only its validity.
    func settled(_ outcome: Outcome) -> Bool { !spellsPaths && !outcome.valid }

    /// `base` extended by `suffix` in a run that spells paths; "" in one that does not.
    func spelled(_ base: String, _ suffix: @autoclosure () -> String) -> String {
        spellsPaths ? base + suffix() : ""
    }

    mutating func fail(_ instancePath: String, _ schemaPath: String, _ message: String) {
        guard muted == 0, violations.count < limit else { return }
        violations.append(JSONSchemaViolation(instancePointer: instancePath, keywordLocation: schemaPath, message: message))
    }

    /// Evaluates quietly, and returns the violations it would have reported.
    mutating func trial(
        _ instance: JSONValue, _ schema: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int
    ) -> (Outcome, [JSONSchemaViolation]) {
        var inner = ValidationRun(validator: validator, limit: muted == 0 && spellsPaths ? 20 : 0, spellsPaths: spellsPaths)
        let outcome = inner.evaluate(instance, schema, resource: resource, instancePath: instancePath, schemaPath: schemaPath, depth: depth)
        return (outcome, inner.violations)
    }

    mutating func evaluate(
        _ instance: JSONValue, _ schema: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int
    ) -> Outcome {
        var outcome = Outcome()
        guard depth < JSONSchemaValidator.maximumDepth else {
            fail(instancePath, schemaPath, "the schema's references nest deeper than \(JSONSchemaValidator.maximumDepth) levels")
            outcome.valid = false
            return outcome
        }
        switch schema {
        case .bool(let allowed):
            if !allowed {
                fail(instancePath, schemaPath, "no value is allowed here")
                outcome.valid = false
            }
            if validator.tracksEvaluatedProperties, case .object(let object) = instance {
                outcome.evaluatedProperties = Set(object.keys)
            }
            outcome.allItemsEvaluated = true
            return outcome
        case .object(let keywords):
            var resource = resource
            if let declared = keywords[keyword: "$schema"]?.string { resource.dialect = JSONSchemaDialect(schemaURI: declared) }
            if let identifier = keywords[resource.dialect.identifierKeyword]?.string,
                !(identifier.hasPrefix("#") && resource.dialect <= .draft7)
            {
                resource.base = JSONSchemaValidator.stripFragment(JSONSchemaValidator.resolve(identifier, against: resource.base))
            }
            if let reference = keywords[keyword: "$ref"]?.string ?? keywords[keyword: "$dynamicRef"]?.string {
                let referenceOutcome = followReference(
                    reference, instance, resource: resource, instancePath: instancePath,
                    schemaPath: spelled(schemaPath, "/$ref"), depth: depth)
                if resource.dialect.refOverridesSiblings { return referenceOutcome }
                outcome.valid = referenceOutcome.valid
                outcome.absorb(referenceOutcome)
            }
            if settled(outcome) { return outcome }
            applyAssertions(keywords, instance, resource: resource, instancePath: instancePath, schemaPath: schemaPath, outcome: &outcome)
            if settled(outcome) { return outcome }
            applyCombinators(
                keywords, instance, resource: resource, instancePath: instancePath, schemaPath: schemaPath, depth: depth, outcome: &outcome)
            if settled(outcome) { return outcome }
            switch instance {
            case .object(let object):
                applyObjectKeywords(
                    keywords, object, resource: resource, instancePath: instancePath, schemaPath: schemaPath, depth: depth,
                    outcome: &outcome)
            case .array(let elements):
                applyArrayKeywords(
                    keywords, elements, resource: resource, instancePath: instancePath, schemaPath: schemaPath, depth: depth,
                    outcome: &outcome)
            default:
                break
            }
            return outcome
        default:
            return outcome
        }
    }

    mutating func followReference(
        _ reference: String, _ instance: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int
    ) -> Outcome {
        guard let (target, targetResource) = validator.resolve(reference, from: resource) else {
            fail(
                instancePath, schemaPath,
                "the schema reference \(reference) cannot be resolved (only the schema and the schemas given beside it are consulted)")
            return Outcome(valid: false)
        }
        return evaluate(instance, target, resource: targetResource, instancePath: instancePath, schemaPath: schemaPath, depth: depth + 1)
    }

    // MARK: Type, enum, const, numbers, strings

    mutating func applyAssertions(
        _ keywords: JSONObject, _ instance: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, outcome: inout Outcome
    ) {
        let dialect = resource.dialect
        if let type = keywords[keyword: "type"] {
            let allowed: [JSONValue] = type.array ?? [type]
            var matched = false
            for candidate in allowed {
                if let name = candidate.string {
                    if Self.instance(instance, hasType: name, dialect: dialect) {
                        matched = true
                        break
                    }
                } else if case .object = candidate, validator.isValidQuietly(instance, candidate, resource: resource) {
                    matched = true
                    break
                }
            }
            if !matched {
                let names = allowed.compactMap(\.string)
                fail(
                    instancePath, schemaPath + "/type",
                    "expected \(names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")), found \(instance.typeName)")
                outcome.valid = false
            }
        }
        if let disallowed = keywords[keyword: "disallow"], dialect == .draft3 {
            for candidate in disallowed.array ?? [disallowed] {
                if let name = candidate.string, Self.instance(instance, hasType: name, dialect: dialect) {
                    fail(instancePath, schemaPath + "/disallow", "a value of type \(name) is not allowed here")
                    outcome.valid = false
                }
            }
        }
        if let options = keywords[keyword: "enum"]?.array, !options.contains(where: { $0.isJSONEqual(to: instance) }) {
            let listed = options.prefix(12).map { JSONWriter(indent: false).string($0) }.joined(separator: ", ")
            fail(
                instancePath, schemaPath + "/enum",
                "\(Self.brief(instance)) is not one of the allowed values: \(listed)\(options.count > 12 ? ", …" : "")")
            outcome.valid = false
        }
        if let constant = keywords[keyword: "const"], !constant.isJSONEqual(to: instance) {
            fail(instancePath, schemaPath + "/const", "\(Self.brief(instance)) must be \(JSONWriter(indent: false).string(constant))")
            outcome.valid = false
        }
        if let number = instance.double, instance.bool == nil {
            applyNumberKeywords(keywords, number, dialect: dialect, instancePath: instancePath, schemaPath: schemaPath, outcome: &outcome)
        }
        if case .string(let text) = instance {
            // Counted only where a bound asks: the scalars of every string of a document cost 2 % of a ninjs conversion.
            let minimum = keywords[keyword: "minLength"]?.integer
            let maximum = keywords[keyword: "maxLength"]?.integer
            let length = minimum == nil && maximum == nil ? 0 : text.unicodeScalars.count
            if let minimum, length < minimum {
                fail(instancePath, schemaPath + "/minLength", "text is shorter than \(minimum) characters")
                outcome.valid = false
            }
            if let maximum, length > maximum {
                fail(instancePath, schemaPath + "/maxLength", "text is longer than \(maximum) characters")
                outcome.valid = false
            }
            if let pattern = keywords[keyword: "pattern"]?.string, let expression = validator.patterns[pattern], !expression.matches(text) {
                fail(instancePath, schemaPath + "/pattern", "\(Self.brief(instance)) does not match the pattern /\(pattern)/")
                outcome.valid = false
            }
            if let format = keywords[keyword: "format"]?.string,
                let problem = FormatChecker.problem(with: text, format: format, asserting: validator.formats)
            {
                fail(instancePath, schemaPath + "/format", problem)
                outcome.valid = false
            }
        }
    }

    mutating func applyNumberKeywords(
        _ keywords: JSONObject, _ number: Double, dialect: JSONSchemaDialect,
        instancePath: String, schemaPath: String, outcome: inout Outcome
    ) {
        if let minimum = keywords[keyword: "minimum"]?.double {
            let exclusive = keywords[keyword: "exclusiveMinimum"]?.bool == true
            if exclusive ? number <= minimum : number < minimum {
                fail(
                    instancePath, schemaPath + "/minimum",
                    "\(Self.format(number)) is less than \(exclusive ? "or equal to " : "")the minimum \(Self.format(minimum))")
                outcome.valid = false
            }
        }
        if let maximum = keywords[keyword: "maximum"]?.double {
            let exclusive = keywords[keyword: "exclusiveMaximum"]?.bool == true
            if exclusive ? number >= maximum : number > maximum {
                fail(
                    instancePath, schemaPath + "/maximum",
                    "\(Self.format(number)) is greater than \(exclusive ? "or equal to " : "")the maximum \(Self.format(maximum))")
                outcome.valid = false
            }
        }
        if let bound = keywords[keyword: "exclusiveMinimum"]?.double, number <= bound {
            fail(instancePath, schemaPath + "/exclusiveMinimum", "\(Self.format(number)) must be greater than \(Self.format(bound))")
            outcome.valid = false
        }
        if let bound = keywords[keyword: "exclusiveMaximum"]?.double, number >= bound {
            fail(instancePath, schemaPath + "/exclusiveMaximum", "\(Self.format(number)) must be less than \(Self.format(bound))")
            outcome.valid = false
        }
        if let divisor = (keywords[keyword: "multipleOf"] ?? (dialect == .draft3 ? keywords[keyword: "divisibleBy"] : nil))?.double,
            divisor > 0
        {
            let quotient = number / divisor
            if quotient.isFinite, abs(quotient - quotient.rounded()) > 1e-9 {
                fail(instancePath, schemaPath + "/multipleOf", "\(Self.format(number)) is not a multiple of \(Self.format(divisor))")
                outcome.valid = false
            }
        }
    }

    static func instance(_ instance: JSONValue, hasType name: String, dialect: JSONSchemaDialect) -> Bool {
        switch name {
        case "null": if case .null = instance { return true }
        case "boolean": if case .bool = instance { return true }
        case "string": if case .string = instance { return true }
        case "array": if case .array = instance { return true }
        case "object": if case .object = instance { return true }
        case "number": return instance.double != nil
        case "integer":
            if case .integer = instance { return true }
            if case .number(let value) = instance, dialect.floatsAreIntegers { return value.rounded() == value }
        case "any": return true
        default: return false
        }
        return false
    }

    static func brief(_ value: JSONValue) -> String {
        let text = JSONWriter(indent: false).string(value)
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

extension JSONSchemaValidator {
    func isValidQuietly(_ instance: JSONValue, _ schema: JSONValue, resource: Resource) -> Bool {
        var run = ValidationRun(validator: self, limit: 0, spellsPaths: false)
        return run.evaluate(instance, schema, resource: resource, instancePath: "", schemaPath: "", depth: 0).valid
    }
}
