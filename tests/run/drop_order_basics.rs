// drop order: locals reverse, temporaries at end of statement, fields after own drop
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}
impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair");
    }
}

fn make(name: &'static str) -> Noisy {
    Noisy(name)
}

fn len_of(n: &Noisy) -> usize {
    n.0.len()
}

fn main() {
    let _a = Noisy("a");
    let _b = Noisy("b");
    println!("temp len {}", len_of(&make("temp")));
    let _ = make("underscore");
    let _kept = make("kept");
    {
        let _inner = Noisy("inner");
        println!("in block");
    }
    let _p = Pair { second: Noisy("second"), first: Noisy("first") };
    let t = (Noisy("t0"), Noisy("t1"));
    let v = vec![Noisy("v0"), Noisy("v1"), Noisy("v2")];
    drop(t);
    println!("vec len {}", v.len());
    let mut slot = Noisy("old");
    slot = Noisy("new");
    println!("slot {}", slot.0);
    let shadow = Noisy("shadow1");
    let shadow = Noisy(if shadow.0.len() > 3 { "shadow2" } else { "x" });
    println!("end of main {}", shadow.0);
}
