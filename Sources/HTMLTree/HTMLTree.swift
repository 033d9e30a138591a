// HTMLTree: libxml2's HTML parser (through the CLibXML2 C shim, which alone sees libxml2's and
// ICU's headers) seen from Swift as a flat, index-linked, Sendable tree. Entry point:
// `HTMLDocument.parse`. See HTMLDocument.swift for the model, Navigation.swift for walking it,
// TextContent.swift for the text rules.
import CLibXML2

/// Facts about the linked libxml2.
public enum HTMLTreeInfo {
    /// libxml2's version number, e.g. 20914 for 2.9.14.
    public static var libxml2Version: Int32 { sarabun_libxml2_version() }
}
