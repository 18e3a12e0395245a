fn twice<T>(t: &T) -> (T, T) { (t.clone(), t.clone()) }
fn main() {}
