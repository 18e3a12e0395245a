// Calling `fs[0](&s)` on a `Vec<Box<dyn Fn(&str) -> &str>>` ties the result to `s`.
fn main() {
    let mut fs: Vec<Box<dyn Fn(&str) -> &str>> = Vec::new();
    fs.push(Box::new(|s| s));
    let out;
    {
        let s = String::from("t");
        out = fs[0](&s);
    }
    println!("{}", out);
}
