mod inner { struct Secret; }
fn main() { let s = inner::Secret; }
