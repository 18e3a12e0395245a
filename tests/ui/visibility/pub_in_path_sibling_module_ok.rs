// `pub(in crate::app)` is visible in `app` and in every module below it.
mod app {
    pub mod model {
        pub(in crate::app) fn validate(x: i32) -> bool {
            x >= 0
        }
        pub(in crate::app) struct Token(pub(in crate::app) u32);
    }
    pub mod view {
        pub mod widgets {
            pub fn render(x: i32) -> String {
                let t = crate::app::model::Token(7);
                format!("{} {}", crate::app::model::validate(x), t.0)
            }
        }
    }
    pub fn start() -> bool {
        model::validate(3)
    }
}

fn main() {
    println!("{}", app::start());
    println!("{}", app::view::widgets::render(-1));
}
