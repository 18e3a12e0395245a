use std::fmt;
struct Name(String);
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}
struct Raw(i32);
impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "raw{}", self.0)
    }
}
struct Hexy(u32);
impl fmt::LowerHex for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}
struct Prec(f64);
impl fmt::Display for Prec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "P({:.*})", p, self.0)
        } else {
            write!(f, "P({})", self.0)
        }
    }
}
#[derive(Debug)]
struct Wrapper {
    name: Name,
}
impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Name").field("value", &self.0).field("len", &self.0.len()).finish()
    }
}
struct List(Vec<i32>);
impl fmt::Debug for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}
struct Tup(i32, String);
impl fmt::Debug for Tup {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Tup").field(&self.0).field(&self.1).finish()
    }
}
fn main() {
    let n = Name("bob".to_string());
    println!("[{}] [{:>6}] [{:<6}] [{:^7}] [{:.2}]", n, n, n, n, n);
    let r = Raw(5);
    println!("[{}] [{:>8}]", r, r);
    println!("[{:x}] [{:#x}] [{:08x}]", Hexy(255), Hexy(255), Hexy(255));
    println!("[{}] [{:.2}]", Prec(3.14159), Prec(3.14159));
    let w = Wrapper { name: Name("al".into()) };
    println!("{:?}", w);
    println!("{:#?}", w);
    println!("{:?} {:#?}", List(vec![1, 2]), List(vec![3]));
    println!("{:?}", Tup(1, "x".into()));
    println!("{:#?}", Tup(2, "y".into()));
    let s = format!("{:>5}|{:<5}|{:^5}", 1, 2, 3);
    println!("{}", s);
    let items = vec![("apple", 1.5), ("kiwi", 0.25)];
    for (name, price) in &items {
        println!("{:<10}{:>8.2}", name, price);
    }
    let mut out = String::new();
    use std::fmt::Write;
    write!(out, "{}-{}", 'a', 7).unwrap();
    writeln!(out, "!").unwrap();
    print!("{}", out);
    eprintln!("to stderr {}", 1);
}
