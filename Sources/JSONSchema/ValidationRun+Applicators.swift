extension ValidationRun {
    // MARK: allOf, anyOf, oneOf, not, if/then/else, extends

    mutating func applyCombinators(
        _ keywords: JSONObject, _ instance: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int, outcome: inout Outcome
    ) {
        var all = keywords[keyword: "allOf"]?.array ?? []
        var allPath = spelled(schemaPath, "/allOf")
        if resource.dialect == .draft3, let extends = keywords[keyword: "extends"] {
            all = extends.array ?? [extends]
            allPath = spelled(schemaPath, "/extends")
        }
        for (position, subschema) in all.enumerated() {
            let result = evaluate(
                instance, subschema, resource: resource, instancePath: instancePath, schemaPath: spelled(allPath, "/\(position)"),
                depth: depth + 1)
            if !result.valid { outcome.valid = false }
            outcome.absorb(result)
        }
        if let alternatives = keywords[keyword: "anyOf"]?.array {
            let trials = tryAlternatives(
                alternatives, keyword: "anyOf", instance, resource: resource, instancePath: instancePath, schemaPath: schemaPath,
                depth: depth)
            if trials.matches.isEmpty {
                reportNoMatch(
                    trials, keyword: "anyOf", count: alternatives.count, instance, instancePath: instancePath, schemaPath: schemaPath)
                outcome.valid = false
            } else {
                outcome.absorb(trials.matched)
            }
        }
        if let alternatives = keywords[keyword: "oneOf"]?.array {
            let trials = tryAlternatives(
                alternatives, keyword: "oneOf", instance, resource: resource, instancePath: instancePath, schemaPath: schemaPath,
                depth: depth)
            if trials.matches.isEmpty {
                reportNoMatch(
                    trials, keyword: "oneOf", count: alternatives.count, instance, instancePath: instancePath, schemaPath: schemaPath)
                outcome.valid = false
            } else if trials.matches.count > 1 {
                fail(
                    instancePath, schemaPath + "/oneOf",
                    "\(Self.brief(instance)) matches \(trials.matches.count) of the allowed forms (\(trials.matches.map(String.init).joined(separator: ", "))); exactly one must match"
                )
                outcome.valid = false
            } else {
                outcome.absorb(trials.matched)
            }
        }
        if let negated = keywords[keyword: "not"] {
            let (result, _) = trial(
                instance, negated, resource: resource, instancePath: instancePath, schemaPath: spelled(schemaPath, "/not"), depth: depth + 1
            )
            if result.valid {
                fail(instancePath, schemaPath + "/not", "\(Self.brief(instance)) matches a form that is not allowed here")
                outcome.valid = false
            }
        }
        if let condition = keywords[keyword: "if"], resource.dialect >= .draft7 {
            let (result, _) = trial(
                instance, condition, resource: resource, instancePath: instancePath, schemaPath: spelled(schemaPath, "/if"),
                depth: depth + 1)
            if result.valid { outcome.absorb(result) }
            let branchName = result.valid ? "then" : "else"
            if let branch = keywords[branchName] {
                let branchResult = evaluate(
                    instance, branch, resource: resource, instancePath: instancePath, schemaPath: spelled(schemaPath, "/" + branchName),
                    depth: depth + 1)
                if !branchResult.valid { outcome.valid = false }
                outcome.absorb(branchResult)
            }
        }
    }

    /// Each alternative tried quietly: which matched (with their annotations merged), and the violations of
    /// the closest miss, reported when none matches.
    mutating func tryAlternatives(
        _ alternatives: [JSONValue], keyword: String, _ instance: JSONValue, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int
    ) -> (matches: [Int], matched: Outcome, closestMiss: [JSONSchemaViolation]) {
        var matches: [Int] = []
        var matched = Outcome()
        var closestMiss: [JSONSchemaViolation]? = nil
        for (position, subschema) in alternatives.enumerated() {
            let (result, problems) = trial(
                instance, subschema, resource: resource, instancePath: instancePath,
                schemaPath: spelled(schemaPath, "/\(keyword)/\(position)"), depth: depth + 1)
            if result.valid {
                matches.append(position)
                matched.absorb(result)
            } else if closestMiss == nil || problems.count < closestMiss!.count {
                closestMiss = problems
            }
        }
        return (matches, matched, closestMiss ?? [])
    }

    mutating func reportNoMatch(
        _ trials: (matches: [Int], matched: Outcome, closestMiss: [JSONSchemaViolation]), keyword: String, count: Int,
        _ instance: JSONValue, instancePath: String, schemaPath: String
    ) {
        fail(instancePath, schemaPath + "/" + keyword, "\(Self.brief(instance)) matches none of the \(count) allowed forms")
        for problem in trials.closestMiss { fail(problem.instancePointer, problem.keywordLocation, problem.message) }
    }

    // MARK: Objects

    mutating func applyObjectKeywords(
        _ keywords: JSONObject, _ object: JSONObject, resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int, outcome: inout Outcome
    ) {
        let dialect = resource.dialect
        var required = keywords[keyword: "required"]?.array?.compactMap(\.string) ?? []
        let properties = keywords[keyword: "properties"]?.object
        if dialect == .draft3, let properties {
            required = properties.compactMap { name, subschema in subschema["required"]?.bool == true ? name : nil }
        }
        for name in required where object[name] == nil {
            fail(instancePath, schemaPath + "/required", "the required property \"\(name)\" is missing")
            outcome.valid = false
        }
        if let minimum = keywords[keyword: "minProperties"]?.integer, object.count < minimum {
            fail(instancePath, schemaPath + "/minProperties", "the object needs at least \(minimum) properties")
            outcome.valid = false
        }
        if let maximum = keywords[keyword: "maxProperties"]?.integer, object.count > maximum {
            fail(instancePath, schemaPath + "/maxProperties", "the object may have at most \(maximum) properties")
            outcome.valid = false
        }
        var matchedByKeyword: Set<String> = []
        let tracks = validator.tracksEvaluatedProperties
        // Asked once, not for every property.
        let patternProperties = keywords[keyword: "patternProperties"]?.object
        let additionalProperties = keywords[keyword: "additionalProperties"]
        let propertyNames = keywords[keyword: "propertyNames"]
        for (name, value) in zip(object.keys, object.values) {
            if settled(outcome) { return }
            let childPath = spelled(instancePath, "/" + JSONPointer.escape(name))
            var matched = false
            if let subschema = properties?[name] {
                matched = true
                let result = evaluate(
                    value, subschema, resource: resource, instancePath: childPath,
                    schemaPath: spelled(schemaPath, "/properties/" + JSONPointer.escape(name)), depth: depth + 1)
                if !result.valid { outcome.valid = false }
            }
            if let patternProperties {
                for (pattern, subschema) in patternProperties where validator.patterns[pattern]?.matches(name) == true {
                    matched = true
                    let result = evaluate(
                        value, subschema, resource: resource, instancePath: childPath,
                        schemaPath: spelled(schemaPath, "/patternProperties/" + JSONPointer.escape(pattern)), depth: depth + 1)
                    if !result.valid { outcome.valid = false }
                }
            }
            if matched {
                if tracks { matchedByKeyword.insert(name) }
            } else if let additional = additionalProperties {
                if additional == .bool(false) {
                    fail(
                        childPath, schemaPath + "/additionalProperties",
                        "the property \"\(name)\" is not allowed here\(Self.allowedNames(properties))")
                    outcome.valid = false
                } else {
                    let result = evaluate(
                        value, additional, resource: resource, instancePath: childPath,
                        schemaPath: spelled(schemaPath, "/additionalProperties"), depth: depth + 1)
                    if !result.valid { outcome.valid = false }
                }
                if tracks { matchedByKeyword.insert(name) }
            }
            if let names = propertyNames {
                let result = evaluate(
                    .string(name), names, resource: resource, instancePath: childPath, schemaPath: spelled(schemaPath, "/propertyNames"),
                    depth: depth + 1)
                if !result.valid { outcome.valid = false }
            }
        }
        outcome.evaluatedProperties.formUnion(matchedByKeyword)
        var dependencies: [(String, JSONValue)] = []
        if let map = keywords[keyword: "dependentRequired"]?.object { dependencies += map.map { ($0.key, $0.value) } }
        if let map = keywords[keyword: "dependentSchemas"]?.object { dependencies += map.map { ($0.key, $0.value) } }
        if dialect <= .draft7, let map = keywords[keyword: "dependencies"]?.object { dependencies += map.map { ($0.key, $0.value) } }
        for (trigger, dependency) in dependencies where object[trigger] != nil {
            if let names = dependency.array?.compactMap(\.string) ?? dependency.string.map({ [$0] }) {
                for name in names where object[name] == nil {
                    fail(
                        instancePath, schemaPath + "/dependentRequired",
                        "the property \"\(name)\" is required when \"\(trigger)\" is present")
                    outcome.valid = false
                }
            } else {
                let result = evaluate(
                    .object(object), dependency, resource: resource, instancePath: instancePath,
                    schemaPath: spelled(schemaPath, "/dependentSchemas/" + JSONPointer.escape(trigger)), depth: depth + 1)
                if !result.valid { outcome.valid = false }
                outcome.absorb(result)
            }
        }
        if let unevaluated = keywords[keyword: "unevaluatedProperties"], dialect >= .draft2019 {
            for (name, value) in object where !outcome.evaluatedProperties.contains(name) {
                let childPath = spelled(instancePath, "/" + JSONPointer.escape(name))
                if unevaluated == .bool(false) {
                    fail(
                        childPath, schemaPath + "/unevaluatedProperties",
                        "the property \"\(name)\" is not allowed here\(Self.allowedNames(properties))")
                    outcome.valid = false
                } else {
                    let result = evaluate(
                        value, unevaluated, resource: resource, instancePath: childPath,
                        schemaPath: spelled(schemaPath, "/unevaluatedProperties"), depth: depth + 1)
                    if !result.valid { outcome.valid = false }
                }
            }
            outcome.evaluatedProperties.formUnion(object.keys)
        }
    }

    static func allowedNames(_ properties: JSONObject?) -> String {
        guard let properties, !properties.isEmpty, properties.count <= 40 else { return "" }
        return " (known here: \(properties.keys.sorted().joined(separator: ", ")))"
    }

    // MARK: Arrays

    mutating func applyArrayKeywords(
        _ keywords: JSONObject, _ elements: [JSONValue], resource: JSONSchemaValidator.Resource,
        instancePath: String, schemaPath: String, depth: Int, outcome: inout Outcome
    ) {
        let dialect = resource.dialect
        if let minimum = keywords[keyword: "minItems"]?.integer, elements.count < minimum {
            fail(instancePath, schemaPath + "/minItems", "the array needs at least \(minimum) entries, it has \(elements.count)")
            outcome.valid = false
        }
        if let maximum = keywords[keyword: "maxItems"]?.integer, elements.count > maximum {
            fail(instancePath, schemaPath + "/maxItems", "the array may have at most \(maximum) entries, it has \(elements.count)")
            outcome.valid = false
        }
        if keywords[keyword: "uniqueItems"]?.bool == true {
            outer: for first in elements.indices {
                for second in elements.indices where second > first && elements[first].isJSONEqual(to: elements[second]) {
                    fail(
                        instancePath + "/\(second)", schemaPath + "/uniqueItems",
                        "entries \(first) and \(second) are equal; entries must be unique")
                    outcome.valid = false
                    break outer
                }
            }
        }
        var tuple: [JSONValue] = keywords[keyword: "prefixItems"]?.array ?? []
        var tuplePath = spelled(schemaPath, "/prefixItems")
        var rest: JSONValue? = keywords[keyword: "items"]
        var restPath = spelled(schemaPath, "/items")
        if dialect <= .draft2019, let items = keywords[keyword: "items"]?.array {
            tuple = items
            tuplePath = spelled(schemaPath, "/items")
            rest = keywords[keyword: "additionalItems"]
            restPath = spelled(schemaPath, "/additionalItems")
        }
        for (position, element) in elements.enumerated() {
            if settled(outcome) { return }
            let subschema: JSONValue
            let path: String
            if position < tuple.count {
                subschema = tuple[position]
                path = spelled(tuplePath, "/\(position)")
            } else if let rest {
                if rest == .bool(false) {
                    fail(instancePath + "/\(position)", restPath, "the array may have at most \(tuple.count) entries here")
                    outcome.valid = false
                    continue
                }
                subschema = rest
                path = restPath
            } else {
                break
            }
            let result = evaluate(
                element, subschema, resource: resource, instancePath: spelled(instancePath, "/\(position)"), schemaPath: path,
                depth: depth + 1)
            if !result.valid { outcome.valid = false }
        }
        outcome.evaluatedItems = max(outcome.evaluatedItems, min(tuple.count, elements.count))
        if rest != nil { outcome.allItemsEvaluated = true }
        if let contains = keywords[keyword: "contains"] {
            var count = 0
            for element in elements {
                let (result, _) = trial(
                    element, contains, resource: resource, instancePath: instancePath, schemaPath: spelled(schemaPath, "/contains"),
                    depth: depth + 1)
                if result.valid { count += 1 }
            }
            let minimum = keywords[keyword: "minContains"]?.integer ?? 1
            if count < minimum {
                fail(
                    instancePath, schemaPath + "/contains",
                    "the array needs at least \(minimum) entr\(minimum == 1 ? "y" : "ies") matching the schema under contains")
                outcome.valid = false
            }
            if let maximum = keywords[keyword: "maxContains"]?.integer, count > maximum {
                fail(
                    instancePath, schemaPath + "/maxContains",
                    "the array may have at most \(maximum) entries matching the schema under contains")
                outcome.valid = false
            }
        }
        if let unevaluated = keywords[keyword: "unevaluatedItems"], dialect >= .draft2019, !outcome.allItemsEvaluated {
            for position in outcome.evaluatedItems..<max(outcome.evaluatedItems, elements.count) {
                let result = evaluate(
                    elements[position], unevaluated, resource: resource, instancePath: spelled(instancePath, "/\(position)"),
                    schemaPath: spelled(schemaPath, "/unevaluatedItems"), depth: depth + 1)
                if !result.valid { outcome.valid = false }
            }
            outcome.allItemsEvaluated = true
        }
    }
}
