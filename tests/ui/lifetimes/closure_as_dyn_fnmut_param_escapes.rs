// lifetimes: a closure passed as `&mut dyn FnMut(&String)` stores its parameter in a captured Vec
fn each(items: &[String], f: &mut dyn FnMut(&String)) { for i in items { f(i); } }
fn main() {
    let items = vec![String::from("a")];
    let mut out: Vec<&String> = Vec::new();
    each(&items, &mut |s| out.push(s));
    println!("{:?}", out);
}
