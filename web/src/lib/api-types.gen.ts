// Generated from docs/openapi.json by scripts/openapi.ts (npm run openapi). Do not edit by hand.
export interface paths {
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign up */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            email: string;
            password: string;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              phone: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: returns a bearer token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              user: {
                id: string;
                name: string;
                email: string;
                phone: string | null;
                role: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              state: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities/{cityId}/movies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Movies with upcoming shows in the city */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          cityId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              durationMinutes: number;
              language: string;
              genre: string;
              description: string | null;
              releaseDate: string | null;
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities/{cityId}/cinemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          cityId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              address: string;
              timeZone: string;
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shows, filtered; without a date, those not yet over */
    get: {
      parameters: {
        query?: {
          /** @description opaque id */
          cityId?: string;
          /** @description opaque id */
          movieId?: string;
          /** @description opaque id */
          cinemaId?: string;
          /** @description YYYY-MM-DD in the cinema zone */
          date?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              movie: {
                id: string;
                title: string;
              };
              cinema: {
                id: string;
                name: string;
                timeZone: string;
              };
              hall: {
                id: string;
                name: string;
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              endsAt: string;
              status: string;
              seatsAvailable: number;
              seatsTotal: number;
              prices: {
                /** @description integer minor units (paise) */
                regular: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                /** @description integer minor units (paise) */
                premium: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                /** @description integer minor units (paise) */
                vip: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              movie: {
                id: string;
                title: string;
              };
              cinema: {
                id: string;
                name: string;
                timeZone: string;
              };
              hall: {
                id: string;
                name: string;
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              endsAt: string;
              status: string;
              seatsAvailable: number;
              seatsTotal: number;
              prices: {
                /** @description integer minor units (paise) */
                regular: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                /** @description integer minor units (paise) */
                premium: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                /** @description integer minor units (paise) */
                vip: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/seats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The seat map; a lapsed hold reads as available */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              showId: string;
              seats: {
                id: string;
                label: string;
                row: string;
                number: number;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: 'available' | 'held' | 'booked';
              }[];
              rows: {
                label: string;
                seatType: string;
                seats: number;
                aislesAfter: number[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            state: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              state: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cinemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every cinema with its city */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cityId: string;
              cityName: string;
              name: string;
              address: string;
              timeZone: string;
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description opaque id */
            cityId: string;
            name: string;
            address: string;
            timeZone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cityId: string;
              name: string;
              address: string;
              timeZone: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/halls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Halls with their layouts, optionally of one cinema */
    get: {
      parameters: {
        query?: {
          /** @description opaque id */
          cinemaId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cinemaId: string;
              cinemaName: string;
              name: string;
              totalSeats: number;
              rows: {
                label: string;
                seatType: string;
                seats: number;
                aislesAfter: number[];
              }[];
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description opaque id */
            cinemaId: string;
            name: string;
            rows: {
              label: string;
              seatType: 'regular' | 'premium' | 'vip';
              seats: number;
              aislesAfter?: number[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              cinemaId: string;
              name: string;
              totalSeats: number;
              rows: {
                label: string;
                seatType: string;
                seats: number;
                aislesAfter: number[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/movies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every movie, showing or not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              durationMinutes: number;
              language: string;
              genre: string;
              description: string | null;
              releaseDate: string | null;
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            durationMinutes: number;
            language: string;
            genre: string;
            description?: string;
            releaseDate?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              durationMinutes: number;
              language: string;
              genre: string;
              description: string | null;
              releaseDate: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description opaque id */
            movieId: string;
            /** @description opaque id */
            hallId: string;
            startsAt: string;
            prices: {
              /** @description paise */
              regular: number;
              /** @description paise */
              premium: number;
              /** @description paise */
              vip: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'upcoming';
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a show: confirmed bookings are cancelled and refunded in full, pending ones released */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: string;
              bookingsCancelled: number;
              /** @description integer minor units (paise) */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My bookings, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              showId: string;
              seats: {
                id: string;
                label: string;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              expiresAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              show: {
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                startsAt: string;
                movie: {
                  id: string;
                  title: string;
                };
                cinema: {
                  id: string;
                  name: string;
                };
                hall: {
                  id: string;
                  name: string;
                };
              };
              payment?: {
                id: string;
                method: string;
                status: string;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
              refund?: {
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: string;
              };
            }[];
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Hold seats: all of them or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description opaque id */
            showId: string;
            seatIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              showId: string;
              seats: {
                id: string;
                label: string;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              expiresAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              show: {
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                startsAt: string;
                movie: {
                  id: string;
                  title: string;
                };
                cinema: {
                  id: string;
                  name: string;
                };
                hall: {
                  id: string;
                  name: string;
                };
              };
              payment?: {
                id: string;
                method: string;
                status: string;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
              refund?: {
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              showId: string;
              seats: {
                id: string;
                label: string;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              expiresAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              show: {
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                startsAt: string;
                movie: {
                  id: string;
                  title: string;
                };
                cinema: {
                  id: string;
                  name: string;
                };
                hall: {
                  id: string;
                  name: string;
                };
              };
              payment?: {
                id: string;
                method: string;
                status: string;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
              refund?: {
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pay for a held booking (send an Idempotency-Key header) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      /** @description method plus the one detail it needs: card, upiId, bank or walletId */
      requestBody: {
        content: {
          'application/json': {
            method: 'credit_card' | 'debit_card' | 'upi' | 'net_banking' | 'wallet';
            card?: {
              number: string;
              /** @description MM/YY */
              expiry: string;
              cvv: string;
            };
            upiId?: string;
            bank?: string;
            walletId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              showId: string;
              seats: {
                id: string;
                label: string;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              expiresAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              show: {
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                startsAt: string;
                movie: {
                  id: string;
                  title: string;
                };
                cinema: {
                  id: string;
                  name: string;
                };
                hall: {
                  id: string;
                  name: string;
                };
              };
              payment?: {
                id: string;
                method: string;
                status: string;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
              refund?: {
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        402: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel: a confirmed booking before its show is refunded in full; a pending one frees its seats */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              showId: string;
              seats: {
                id: string;
                label: string;
                type: string;
                /** @description integer minor units (paise) */
                price: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              expiresAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              show: {
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                startsAt: string;
                movie: {
                  id: string;
                  title: string;
                };
                cinema: {
                  id: string;
                  name: string;
                };
                hall: {
                  id: string;
                  name: string;
                };
              };
              payment?: {
                id: string;
                method: string;
                status: string;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
              refund?: {
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                status: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/watch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join the waitlist: one mail when seats of this show come free again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              showId: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              since: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket of a confirmed booking: the token its QR code encodes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bookingId: string;
              token: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a ticket in at the door: accepted once; refused when forged, cancelled or already used */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bookingId: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              checkedInAt: string;
              movie: string;
              cinema: string;
              hall: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              seats: string[];
              customer: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live seat changes as text/event-stream: event `seats`, data { seatIds, status }
     * @description Send Last-Event-ID when reconnecting: missed events are replayed, or a `snapshot` event (the seat map) comes first. `?snapshot=true` asks for a snapshot on a fresh connection too. A comment line is sent every 15 s as a heartbeat.
     */
    get: {
      parameters: {
        query?: {
          snapshot?: boolean;
        };
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/event-stream */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              email: string;
              phone: string | null;
              role: string;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/booking-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many seats one booking may hold, and for how long */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              maxSeatsPerBooking: number;
              holdTtlSeconds: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A show's bookings and what cancelling the show would refund */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description opaque id */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bookings: {
                id: string;
                status: string;
                customer: {
                  name: string;
                  email: string;
                };
                seats: string[];
                /** @description integer minor units (paise) */
                total: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
                createdAt: string;
                paymentMethod: string | null;
              }[];
              refundOnCancel: {
                bookings: number;
                /** @description integer minor units (paise) */
                amount: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/show-clashes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shows a new show would overlap, checked before saving it */
    get: {
      parameters: {
        query: {
          /** @description opaque id */
          hallId: string;
          /** @description opaque id */
          movieId: string;
          startsAt: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              endsAt: string;
              clashes: {
                id: string;
                title: string;
                startsAt: string;
                endsAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Occupancy and revenue per show, day and cinema for shows starting in [from, to) */
    get: {
      parameters: {
        query?: {
          /** @description default: 7 days ago */
          from?: string;
          /** @description default: 14 days from now */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              shows: {
                showId: string;
                title: string;
                cinemaId: string;
                cinemaName: string;
                hallName: string;
                startsAt: string;
                date: string;
                status: string;
                seatsTotal: number;
                seatsBooked: number;
                /** @description integer minor units (paise) */
                revenue: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              byDay: {
                date: string;
                seatsTotal: number;
                seatsBooked: number;
                occupancy: number;
                /** @description integer minor units (paise) */
                revenue: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              byCinema: {
                cinemaId: string;
                cinemaName: string;
                seatsTotal: number;
                seatsBooked: number;
                occupancy: number;
                /** @description integer minor units (paise) */
                revenue: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              }[];
              totals: {
                seatsTotal: number;
                seatsBooked: number;
                occupancy: number;
                /** @description integer minor units (paise) */
                revenue: {
                  amount: number;
                  /** @enum {string} */
                  currency: 'INR';
                };
              };
            };
          };
        };
        /** @description RFC 9457 problem details */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description RFC 9457 problem details */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              field?: string;
              errors?: {
                field: string;
                message: string;
              }[];
              unavailableSeatIds?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
