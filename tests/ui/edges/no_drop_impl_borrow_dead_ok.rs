// without a Drop impl, a struct holding a borrow dies at its last use
struct View<'a> { msg: &'a String }
fn main() {
    let s = String::from("hello");
    let v = View { msg: &s };
    println!("{}", v.msg);
    let t = s;
    println!("{}", t);
}
