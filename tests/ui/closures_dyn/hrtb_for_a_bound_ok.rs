// An explicit higher-ranked bound `for<'a> Fn(&'a str) -> &'a str`.
fn apply_all<F>(items: &[String], f: F) -> Vec<&str>
where
    F: for<'a> Fn(&'a str) -> &'a str,
{
    items.iter().map(|s| f(s)).collect()
}
fn main() {
    let items = vec!["a-b".to_string(), "c-d".to_string()];
    let heads = apply_all(&items, |s| s.split('-').next().unwrap());
    println!("{:?}", heads);
}
