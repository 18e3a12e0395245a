// `pub(in crate::engine)` methods are private outside `engine`.
mod engine {
    pub mod parts {
        pub struct Piston {
            pub strokes: u32,
        }
        impl Piston {
            pub(in crate::engine) fn fire(&mut self) {
                self.strokes += 1;
            }
        }
    }
    pub fn run(p: &mut parts::Piston) {
        p.fire();
        p.fire();
    }
}

fn main() {
    let mut p = engine::parts::Piston { strokes: 0 };
    engine::run(&mut p);
    p.fire();
    println!("{}", p.strokes);
}
