// a fn nested in a trait default method body is checked like any other
trait Greet {
    fn greet(&self) -> String {
        fn helper() -> String {
            let s = String::from("hi");
            let t = s;
            s
        }
        helper()
    }
}
struct P;
impl Greet for P {}
fn main() { println!("{}", P.greet()); }
