// smart pointers: Drop impls with visible drop order for locals, fields, Vec items and mem::drop
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

fn make(label: &'static str) -> Noisy {
    println!("make {label}");
    Noisy(label)
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _inner = make("inner");
        println!("leaving block");
    }
    let c = make("c");
    drop(c);
    println!("after explicit drop");

    let _pair = Pair { first: make("p1"), second: make("p2") };

    let v = vec![make("v0"), make("v1"), make("v2")];
    println!("vec has {}", v.len());
    drop(v);

    let _ = make("ignored");
    let _kept = make("kept");

    let mut slot = Some(make("old"));
    slot = Some(make("new"));
    println!("replaced: {}", slot.as_ref().unwrap().0);
    let taken = slot.take();
    println!("taken {}", taken.is_some());
    println!("end of main");
}
