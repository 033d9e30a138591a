import Testing
import HTMLTree
@Test func libxml2IsLinked() { #expect(HTMLTreeInfo.libxml2Version > 20000) }
