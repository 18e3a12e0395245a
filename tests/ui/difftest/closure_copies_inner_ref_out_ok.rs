// difftest (from programs/parser_struct_lifetime.rs): a closure copies the inner `&str` out of an iterator item; the Vec is dropped after
fn main() {
    let text = String::from("dark");
    let pairs = vec![text.as_str()];
    let theme = pairs.iter().map(|p| *p).next();
    drop(pairs);
    println!("{:?}", theme);
}
