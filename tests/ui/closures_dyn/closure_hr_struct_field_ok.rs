// A struct whose field type is `fn(&i32) -> &i32` gives the closure its signature where written.
struct Holder { f: fn(&i32) -> &i32 }
fn main() {
    let h = Holder { f: |x| x };
    let v = 9;
    println!("{}", (h.f)(&v));
}
