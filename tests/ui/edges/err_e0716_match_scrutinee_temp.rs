// a reference into a temporary from the `let` initializer's method chain outlives it
fn main() {
    let s = match String::from("a b").split(' ').next() {
        Some(w) => w,
        None => "",
    };
    println!("{}", s);
}
