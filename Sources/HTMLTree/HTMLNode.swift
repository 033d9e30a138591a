/// One node of an ``HTMLDocument``, stored in a flat array in document order (pre-order).
///
/// Links are indexes into ``HTMLDocument/nodes``; there are no references, so the tree is cheap to
/// copy, `Sendable`, and any depth can be walked without recursion. A node's descendants are the
/// contiguous indexes `index + 1 ..< subtreeEnd`. Names, text and attributes are read through the
/// document (`name(of:)`, `text(of:)`, `attribute(_:of:)`), which owns the shared UTF-8 storage.
public struct HTMLNode: Sendable, Hashable {
    /// What a node is. Doctypes and processing instructions are left out of the tree.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Node 0: the parent of the top-level nodes.
        case document
        /// An element; its name is lower case (libxml2 lower-cases HTML names).
        case element
        /// Character data, entities decoded (`&nbsp;` is U+00A0), whitespace kept as in the source.
        /// `<script>`/`<style>` bodies are text nodes too.
        case text
        /// A comment; its text is what lies between `<!--` and `-->`.
        case comment
    }

    public let kind: Kind
    let nameID: Int32
    let parentIndex: Int32
    let firstChildIndex: Int32
    let lastChildIndex: Int32
    let nextSiblingIndex: Int32
    let endIndex: Int32
    let lineNumber: Int32
    let attributeStart: Int32
    let attributeCount: Int32
    let textOffset: Int
    let textLength: Int

    /// 1-based source line, offset by the `firstLine` given to `HTMLDocument.parse`; 0 if unknown.
    /// Elements report the line of their start tag's `<`; text and comments the line of
    /// their first non-blank character; elements libxml2 implied (e.g. `<body>`) that of their first child.
    public var line: Int { Int(lineNumber) }
    /// The parent's index; nil only for the document node.
    public var parent: Int? { parentIndex < 0 ? nil : Int(parentIndex) }
    public var firstChild: Int? { firstChildIndex < 0 ? nil : Int(firstChildIndex) }
    public var lastChild: Int? { lastChildIndex < 0 ? nil : Int(lastChildIndex) }
    public var nextSibling: Int? { nextSiblingIndex < 0 ? nil : Int(nextSiblingIndex) }
    /// One past the index of the last descendant.
    public var subtreeEnd: Int { Int(endIndex) }
    public var isElement: Bool { kind == .element }
    public var isText: Bool { kind == .text }
}

/// An attribute as libxml2 reports it: name lower case, entities decoded. A bare attribute has
/// value "", except HTML 4's boolean ones (`checked`, `selected`, `disabled`, `nowrap`, …), which
/// libxml2 gives their own name as value (`checked` reads as "checked"): test them with
/// `hasAttribute`.
public struct HTMLAttribute: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// Attribute storage: an interned name and a range of the document's UTF-8 storage.
struct HTMLAttributeRecord: Sendable, Hashable {
    let nameID: Int32
    let valueOffset: Int
    let valueLength: Int
}
