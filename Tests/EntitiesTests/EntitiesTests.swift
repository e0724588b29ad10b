import Entities
import NewsModel
import PlainText
import Testing

@Suite struct EntitiesTests {
    @Test func recogniserNeverUsesNonBodyParts() {
        var item = NewsItem(guid: "x")
        item.pictures = [Picture(caption: "Jane Doe", creditline: "Getty Images")]
        item.body = [.relatedTeaser(RelatedLink(title: "Trump and Rutte"))]
        let entities = EntityRecognizer().recognise(in: item)
        #expect(!entities.contains { ["Jane Doe", "Getty Images", "Trump", "Rutte"].contains($0.name) })
    }
}
