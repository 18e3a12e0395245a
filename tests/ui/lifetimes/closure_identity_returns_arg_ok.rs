// lifetimes: an identity closure's result used while its argument lives
fn main() {
    let f = |x| x;
    let s = String::from("a");
    let r = f(&s);
    println!("{}", r);
}
