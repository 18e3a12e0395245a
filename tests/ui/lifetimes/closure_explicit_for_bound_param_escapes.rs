// lifetimes: a closure for `F: for<'a> FnMut(&'a String)` stores its parameter in a captured Vec
fn each<F>(items: &[String], mut f: F) where F: for<'a> FnMut(&'a String) { for i in items { f(i); } }
fn main() {
    let items = vec![String::from("a")];
    let mut out: Vec<&String> = Vec::new();
    each(&items, |s| out.push(s));
    println!("{:?}", out);
}
