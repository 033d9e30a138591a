import ArgumentParser
import Foundation
import ThaiText
import HTMLTree
print(ICUInfo.version, HTMLTreeInfo.libxml2Version)
