// lifetimes: a user fn's `F: FnMut(&'a str)` closure stores items in a captured Vec that the source outlives
fn with<'a, F: FnMut(&'a str)>(items: &'a [String], mut f: F) { for i in items { f(i); } }
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let items = vec![String::from("a")];
    with(&items, |s| out.push(s));
    println!("{:?}", out);
}
