// Edition 2024: a block's tail-expression temporaries drop before the block's locals.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy(name)
}

fn tail_of_fn() -> usize {
    let _local = make("fn-local");
    make("fn-tail-temp").len()
}

fn main() {
    let n = tail_of_fn();
    println!("n = {}", n);
    let m = {
        let _inner = make("block-local");
        make("block-tail-temp").len()
    };
    println!("m = {}", m);
    let k = {
        let _a = make("a");
        let _b = make("b");
        make("t1").len() + make("t2").len()
    };
    println!("k = {}", k);
    let _keep = make("main-local");
    println!("end of main");
}
