// `F: Fn(&T) -> K` with an owned key used through `max_by_key`.
fn by_key<'a, T, K: Ord, F: Fn(&T) -> K>(items: &'a [T], f: F) -> Option<&'a T> {
    items.iter().max_by_key(|x| f(x))
}
fn main() {
    let v = vec!["bb".to_string(), "a".to_string()];
    println!("{:?}", by_key(&v, |s| s.len()));
}
