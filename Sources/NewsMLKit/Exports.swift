@_exported import JSONSchema
@_exported import NITF
// The library product re-exports the model and the format modules, so one `import NewsMLKit` is enough.
@_exported import NewsMLG2
@_exported import NewsModel
@_exported import NewsXML
@_exported import Ninjs
