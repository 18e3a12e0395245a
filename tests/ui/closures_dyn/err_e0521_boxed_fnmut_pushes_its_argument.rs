// A boxed FnMut whose argument (late-bound in `dyn FnMut(&str)`) is pushed into a captured Vec escapes the closure.
fn main() {
    let mut v: Vec<&str> = Vec::new();
    let mut f: Box<dyn FnMut(&str) + '_> = Box::new(|s| v.push(s));
    f("a");
    drop(f);
    println!("{:?}", v);
}
