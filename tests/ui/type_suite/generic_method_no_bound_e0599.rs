fn show<T>(t: T) -> String { t.to_string() }
fn main() {}
