// moving a Box while a reference into its contents is alive
fn main() {
    let b = Box::new((String::from("a"), 1));
    let name = &b.0;
    let moved = b;
    println!("{} {}", name, moved.1);
}
