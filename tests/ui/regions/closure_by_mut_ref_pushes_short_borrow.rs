// regions: a closure passed as `&mut F` with `F: FnMut(&'a str)` pushes a borrow of a shorter-lived String
fn apply<'a, F: FnMut(&'a str)>(f: &mut F, s: &'a str) {
    f(s)
}
fn main() {
    let mut v: Vec<&str> = vec![];
    {
        let s = String::from("x");
        apply(&mut |x| v.push(x), &s);
    }
    println!("{:?}", v);
}
