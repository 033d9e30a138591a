import CICU
public enum ICUInfo { public static var version: String { String(cString: sarabun_icu_version()) } }
