// The order values with Drop are dropped at the end of statements, `let`s and blocks.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl D {
    fn mk(&self, s: &'static str) -> D {
        D(s)
    }
}

fn tail() -> usize {
    let x = D("local");
    x.mk("t1").mk("t2").0.len()
}

fn main() {
    println!("{}", tail());
    let n = D("a").mk("b").mk("c").0.len();
    println!("n={}", n);
    let v = D("s1").mk("s2").mk("s3");
    println!("v {}", v.0);
    if let 3 = D("il").mk("il2").0.len() {
        println!("il");
    } else {
        println!("else");
    }
    match D("m1").mk("m2").0 {
        "m2" => println!("arm"),
        _ => println!("other"),
    }
    println!("end");
}
