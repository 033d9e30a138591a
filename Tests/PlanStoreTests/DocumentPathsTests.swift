import Foundation
import Testing
@testable import PlanStore

/// Folders named on the command line: their documents in path order, hidden entries and other files passed over,
/// a folder with none said so; files and missing paths passed on as given for the reader to judge.
@Suite struct DocumentPathsTests {
    @Test func foldersAreWalkedInPathOrder() throws {
        let scratch = ScratchFolder()
        scratch.write("ข", to: "reports/b.txt")
        scratch.write("ก", to: "reports/a.MD")
        scratch.write("ค", to: "reports/2567/plan.html")
        scratch.write("ง", to: "reports/scan.pdf")
        scratch.write("จ", to: "reports/.drafts/old.txt")
        scratch.write("ฉ", to: "reports/.notes.txt")
        try FileManager.default.createDirectory(atPath: scratch.file("empty/.git"), withIntermediateDirectories: true)
        let named = scratch.write("ช", to: "single.pdf")
        let expansion = DocumentPaths.expanding([scratch.file("reports"), named, scratch.file("missing.txt"), "-", scratch.file("empty")])
        #expect(expansion.files == [scratch.file("reports/2567/plan.html"), scratch.file("reports/a.MD"), scratch.file("reports/b.txt"),
                                    named, scratch.file("missing.txt"), "-"])
        #expect(expansion.problems.map(\.path) == [scratch.file("empty")])
        #expect(expansion.problems.first?.reason.hasPrefix("a folder with no documents in it") == true)
    }

    /// A folder with no documents keeps its place among the others, so its error prints where it was named.
    @Test func entriesKeepTheOrderGiven() {
        let scratch = ScratchFolder()
        scratch.write("ก", to: "a.txt")
        scratch.write("ข", to: "empty/notes.pdf")
        scratch.write("ค", to: "b.txt")
        let entries = DocumentPaths.expanding([scratch.file("a.txt"), scratch.file("empty"), scratch.file("b.txt")]).entries
        #expect(entries.map { entry -> String in
            switch entry {
            case .file(let path): path
            case .problem(let problem): "problem: " + problem.path
            }
        } == [scratch.file("a.txt"), "problem: " + scratch.file("empty"), scratch.file("b.txt")])
    }

    @Test func aFolderNamedWithATrailingSlashKeepsOnePerSeparator() {
        let scratch = ScratchFolder()
        scratch.write("ก", to: "in/a.txt")
        #expect(DocumentPaths.expanding([scratch.file("in/")]).files == [scratch.file("in/a.txt")])
    }
}
