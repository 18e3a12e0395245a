// a struct borrowing a String that dies first
struct View<'a> { part: &'a str }
fn main() {
    let v;
    {
        let s = String::from("hello world");
        v = View { part: &s[..5] };
    }
    println!("{}", v.part);
}
