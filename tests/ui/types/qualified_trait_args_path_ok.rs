trait Convert<T> {
    fn convert(&self) -> T;
}
struct P(i32);
impl Convert<f64> for P {
    fn convert(&self) -> f64 {
        self.0 as f64 / 2.0
    }
}
impl Convert<String> for P {
    fn convert(&self) -> String {
        format!("P{}", self.0)
    }
}
fn main() {
    let p = P(3);
    println!("{}", <P as Convert<String>>::convert(&p));
    println!("{}", <P as Convert<f64>>::convert(&p));
    println!("{}", Convert::<String>::convert(&p));
    let s: String = Convert::convert(&p);
    println!("{}", s);
    println!("{}", <String as From<&str>>::from("x"));
}
