// run: `&[("a", 1)]` and `&(7, "x")` are promoted to static memory, so a fn can return them
fn table() -> &'static [(&'static str, i32)] {
    &[("a", 1), ("b", 2)]
}
fn pair() -> &'static (i32, &'static str) {
    &(7, "x")
}
fn main() {
    println!("{:?}", table());
    println!("{:?}", pair());
    let t = table();
    println!("{}", t.len());
}
