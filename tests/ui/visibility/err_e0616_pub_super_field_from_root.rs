// A `pub(super)` field is private outside the parent module.
mod shapes {
    pub mod circle {
        pub struct Circle {
            pub radius: f64,
            pub(super) cached_area: f64,
        }
        pub fn make(radius: f64) -> Circle {
            Circle { radius, cached_area: 3.0 * radius * radius }
        }
    }
    pub fn area(c: &circle::Circle) -> f64 {
        c.cached_area
    }
}

fn main() {
    let c = shapes::circle::make(2.0);
    println!("{} {}", c.radius, shapes::area(&c));
    println!("{}", c.cached_area);
}
