// A boxed closure taken out of an Option by reference: its result borrows the dropped argument.
fn main() {
    let opt: Option<Box<dyn Fn(&str) -> &str>> = Some(Box::new(|s| s));
    let r;
    {
        let s = String::from("z");
        r = if let Some(f) = &opt { f(&s) } else { "" };
    }
    println!("{}", r);
}
