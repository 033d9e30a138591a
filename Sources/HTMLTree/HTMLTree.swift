import CLibXML2
public enum HTMLTreeInfo { public static var libxml2Version: Int32 { sarabun_libxml2_version() } }
