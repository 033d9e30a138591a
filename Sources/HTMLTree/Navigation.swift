// Reading nodes: names, text, attributes and the ways to walk the tree. All walks are loops
// over indexes, never recursion.

extension HTMLDocument {
    /// The element's name in lower case (e.g. "td", "o:p"); nil for other kinds.
    public func name(of node: Int) -> String? {
        let id = nodes[node].nameID
        return id >= 0 ? names[Int(id)] : nil
    }

    /// True if `node` is an element named `name` (compared case-insensitively).
    public func isElement(_ node: Int, named name: String) -> Bool {
        guard let id = nameID(name) else { return false }
        return nodes[node].kind == .element && nodes[node].nameID == id
    }

    /// The content of a text or comment node, exactly as parsed (entities decoded, whitespace
    /// kept); "" for elements and the document. See ``textContent(of:style:)`` for subtrees.
    public func text(of node: Int) -> String {
        let n = nodes[node]
        return string(n.textOffset, n.textLength)
    }

    /// The node's source line; see ``HTMLNode/line``.
    public func line(of node: Int) -> Int { nodes[node].line }

    // MARK: Attributes

    /// The element's attributes in source order; empty for other kinds.
    public func attributes(of node: Int) -> [HTMLAttribute] {
        attributeRange(of: node).map { i in
            let a = attributeRecords[i]
            return HTMLAttribute(name: names[Int(a.nameID)], value: string(a.valueOffset, a.valueLength))
        }
    }

    /// The value of the attribute `name` (case-insensitive), nil if absent; see ``HTMLAttribute``
    /// for bare attributes. With a repeated attribute libxml2 keeps the first.
    public func attribute(_ name: String, of node: Int) -> String? {
        guard let i = attributeIndex(name, of: node) else { return nil }
        return string(attributeRecords[i].valueOffset, attributeRecords[i].valueLength)
    }

    /// True if the element carries attribute `name`, with or without a value.
    public func hasAttribute(_ name: String, of node: Int) -> Bool {
        attributeIndex(name, of: node) != nil
    }

    // MARK: Walking

    /// The node's children, first to last.
    public func children(of node: Int) -> [Int] {
        var children: [Int] = []
        var child = nodes[node].firstChildIndex
        while child >= 0 {
            children.append(Int(child))
            child = nodes[Int(child)].nextSiblingIndex
        }
        return children
    }

    /// The node's element children, optionally only those named `name`.
    public func childElements(of node: Int, named name: String? = nil) -> [Int] {
        let elements = children(of: node).filter { nodes[$0].kind == .element }
        guard let name else { return elements }
        guard let id = nameID(name) else { return [] }
        return elements.filter { nodes[$0].nameID == id }
    }

    /// The node's descendants in document order, as a range of indexes into ``nodes``.
    public func descendants(of node: Int) -> Range<Int> {
        (node + 1)..<max(node + 1, nodes[node].subtreeEnd)
    }

    /// Descendant elements of `node` (default: the whole document) in document order, optionally
    /// only those named `name` (case-insensitive). Like `getElementsByTagName`.
    public func elements(named name: String? = nil, in node: Int = HTMLDocument.root) -> [Int] {
        let range = descendants(of: node)
        guard let name else { return range.filter { nodes[$0].kind == .element } }
        guard let id = nameID(name) else { return [] }
        return range.filter { nodes[$0].nameID == id && nodes[$0].kind == .element }
    }

    /// The node's ancestors, nearest first, ending with the document node.
    public func ancestors(of node: Int) -> [Int] {
        var ancestors: [Int] = []
        var parent = nodes[node].parentIndex
        while parent >= 0 {
            ancestors.append(Int(parent))
            parent = nodes[Int(parent)].parentIndex
        }
        return ancestors
    }

    /// The nearest ancestor element named `name`, e.g. the `tr` of a `td`.
    public func nearestAncestor(of node: Int, named name: String) -> Int? {
        guard let id = nameID(name) else { return nil }
        var parent = nodes[node].parentIndex
        while parent >= 0 {
            if nodes[Int(parent)].nameID == id && nodes[Int(parent)].kind == .element { return Int(parent) }
            parent = nodes[Int(parent)].parentIndex
        }
        return nil
    }

    // MARK: Internals

    func nameID(_ name: String) -> Int32? {
        nameIDs[name] ?? nameIDs[name.lowercased()]
    }

    func string(_ offset: Int, _ length: Int) -> String {
        guard length > 0 else { return "" }
        return String(decoding: storage[offset..<(offset + length)], as: UTF8.self)
    }

    func attributeRange(of node: Int) -> Range<Int> {
        let n = nodes[node]
        return Int(n.attributeStart)..<Int(n.attributeStart + n.attributeCount)
    }

    func attributeIndex(_ name: String, of node: Int) -> Int? {
        guard let id = nameID(name) else { return nil }
        return attributeRange(of: node).first { attributeRecords[$0].nameID == id }
    }
}
