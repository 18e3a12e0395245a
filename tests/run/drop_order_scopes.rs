struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    first: D,
    second: D,
}
impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair");
    }
}
fn make(name: &'static str) -> D {
    println!("make {}", name);
    D(name)
}
fn len_of(d: &D) -> usize {
    d.0.len()
}
fn tail() -> usize {
    let _local = D("tail-local");
    len_of(&make("tail-temp"))
}
fn main() {
    let _a = D("a");
    let _b = D("b");
    {
        let _inner = D("inner");
        println!("in block");
    }
    let _p = Pair { first: make("f1"), second: make("f2") };
    println!("len {}", len_of(&make("temp1")) + len_of(&make("temp2")));
    println!("after stmt");
    println!("tail {}", tail());
    let _ = make("underscore");
    println!("after underscore");
    let _kept = make("kept");
    let x = D("x");
    let y = x;
    println!("moved {}", y.0);
    let mut v = D("v1");
    println!("assign");
    v = D("v2");
    println!("assigned {}", v.0);
    let t = (D("t0"), D("t1"));
    drop(t);
    let arr = [D("e0"), D("e1")];
    let vec = vec![D("w0"), D("w1"), D("w2")];
    let (m, _n) = (D("m"), D("n"));
    drop(m);
    println!("end {} {}", arr.len(), vec.len());
}
