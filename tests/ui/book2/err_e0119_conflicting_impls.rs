// advanced traits: a blanket impl and a concrete impl of the same trait overlap
trait Describe {
    fn describe(&self) -> String;
}

impl<T: std::fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        String::from("an int")
    }
}

fn main() {
    println!("{}", 5.describe());
}
