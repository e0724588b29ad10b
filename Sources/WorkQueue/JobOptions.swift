import Foundation
import NewsMLKit

/// The conversion options a job carries, as stored in its `options` column (a JSON object). Every key is optional:
/// what a job leaves out, the worker's own flags decide. Options that name files (catalogs, authority files,
/// schemas) are the worker's, since the job may run on another machine.
public struct JobOptions: Codable, Sendable, Equatable {
    public var from: String?
    public var to: String?
    public var pictures: String?
    public var ninjsVersion: String?
    public var ninjsBody: String?
    public var nitfDialect: String?
    public var entities: Bool?
    public var versionCreated: String?

    enum CodingKeys: String, CodingKey {
        case from, to, pictures, entities
        case ninjsVersion = "ninjs-version"
        case ninjsBody = "ninjs-body"
        case nitfDialect = "nitf-dialect"
        case versionCreated = "version-created"
    }

    public init(
        from: String? = nil, to: String? = nil, pictures: String? = nil, ninjsVersion: String? = nil, ninjsBody: String? = nil,
        nitfDialect: String? = nil, entities: Bool? = nil, versionCreated: String? = nil
    ) {
        self.from = from
        self.to = to
        self.pictures = pictures
        self.ninjsVersion = ninjsVersion
        self.ninjsBody = ninjsBody
        self.nitfDialect = nitfDialect
        self.entities = entities
        self.versionCreated = versionCreated
    }

    /// The JSON stored in the job row; keys sorted so that equal options are equal text.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }

    public static func parse(_ json: String) throws -> JobOptions {
        try JSONDecoder().decode(JobOptions.self, from: Data(json.utf8))
    }

    /// The worker's options with this job's on top; a value no option takes is an error naming the key.
    public func applied(to defaults: ConversionOptions) throws -> ConversionOptions {
        var options = defaults
        func value<T: RawRepresentable>(_ text: String?, _ key: CodingKeys, _ keep: T) throws -> T where T.RawValue == String {
            guard let text else { return keep }
            guard let parsed = T(rawValue: text) else { throw Invalid(key: key.rawValue, value: text) }
            return parsed
        }
        options.from = try value(from, .from, options.from)
        options.to = try value(to, .to, options.to)
        options.pictures = try value(pictures, .pictures, options.pictures)
        options.ninjsVersion = try value(ninjsVersion, .ninjsVersion, options.ninjsVersion)
        options.ninjsBody = try value(ninjsBody, .ninjsBody, options.ninjsBody)
        options.nitfDialect = try value(nitfDialect, .nitfDialect, options.nitfDialect)
        if let entities { options.recogniseEntities = entities }
        if let versionCreated { options.versionCreated = versionCreated }
        return options
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var key: String
        public var value: String
        public var description: String { "the job's option \(key) has a value no conversion takes: \"\(value)\"" }
    }
}
