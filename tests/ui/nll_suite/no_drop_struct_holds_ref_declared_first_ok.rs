// without Drop the dead reference at scope end is fine
struct Holder<'a>(&'a String);
fn main() {
    let h;
    let s = String::from("s");
    h = Holder(&s);
    println!("{}", h.0);
}
