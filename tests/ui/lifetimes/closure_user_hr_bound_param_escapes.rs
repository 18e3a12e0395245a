// lifetimes: a user fn's `F: FnMut(&String)` closure stores its higher-ranked parameter
fn each<F: FnMut(&String)>(items: &[String], mut f: F) { for i in items { f(i); } }
fn main() {
    let items = vec![String::from("a")];
    let mut out: Vec<&String> = Vec::new();
    each(&items, |s| out.push(s));
    println!("{:?}", out);
}
