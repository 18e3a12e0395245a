// `F: Fn(&T) -> &str` called in a `map` closure: the results borrow the items for `'a`.
fn by_key<'a, T, F: Fn(&T) -> &str>(items: &'a [T], f: F) -> Vec<&'a str> {
    items.iter().map(|x| f(x)).collect()
}
fn main() {
    let v = vec!["bb".to_string(), "a".to_string()];
    println!("{:?}", by_key(&v, |s| s.as_str()));
}
